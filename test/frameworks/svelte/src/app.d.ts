// The tags' attributes, properties and events in every component of the app.
/// <reference types="civic-widgets/svelte" />
