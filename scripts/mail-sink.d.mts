// Types of scripts/mail-sink.mjs, for the TypeScript tests that start the sink themselves.
export function startMailSink(dir: string): Promise<{ port: number; close: () => Promise<void> }>;
