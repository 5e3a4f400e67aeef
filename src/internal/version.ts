/** The library's version (kept equal to package.json by a test); tells two loaded copies apart. */
export const VERSION = '0.1.0';
