// Loaded by floor.js in place of a library: nothing.
export {};
