// A throwaway child process that sends every handle it is given straight back (server/net/accept-sockets.ts says why).
process.on('message', (message, handle) => {
  if (message === 'circletime:dup' && handle) process.send('circletime:dup', handle);
});
process.on('disconnect', () => process.exit(0));
