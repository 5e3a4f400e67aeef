// The tags' props and events in every template of the app.
/// <reference types="civic-widgets/vue" />
