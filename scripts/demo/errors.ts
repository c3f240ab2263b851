// A failure the demo explains to the person running it, with the exit code the command line ends with.
export class DemoError extends Error {
  /** 2: the command was called without what it needs (usage); 1: the server or the session refused something. */
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'DemoError';
  }
}
