// A reason the companion cannot run (bad bot token, database unreachable): main prints it and exits 1.
export class StartupError extends Error {}
