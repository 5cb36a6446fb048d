export * from "./version";
export * from "./studio-events";
export * from "./kernel-output";
export * from "./worker-events";
export * from "./sdk-events";
