const { promisify } = require('node:util');
const { TestEnvironment } = require('jest-environment-node');

/**
 * Node's test environment for projects whose specs run LiveKit voice sessions (the worker and the psychologist), with
 * one difference at a test file's end: time-outs still pending are unref'd. LiveKit's
 * Task.cancelAndWait races each cancelled reply task against a 2 s time-out it never clears, so every voice session a
 * spec closes leaves such timers behind, and they held Jest open after the run ("Jest did not exit one second after
 * the test run has completed"). Nothing waits on them once the file is torn down. Intervals, sockets, servers and
 * child processes are left as they are, so a handle a test really leaks still keeps Jest open and shows.
 */
class VoiceSessionEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    const pending = new Set();
    this.pendingTimeouts = pending;
    const setTimeoutOf = this.global.setTimeout;
    const clearTimeoutOf = this.global.clearTimeout;
    const setTimeout = (callback, ms, ...args) => {
      if (typeof callback !== 'function') return setTimeoutOf(callback, ms, ...args);
      const timer = setTimeoutOf(
        (...given) => {
          pending.delete(timer);
          callback(...given);
        },
        ms,
        ...args,
      );
      pending.add(timer);
      return timer;
    };
    setTimeout[promisify.custom] = setTimeoutOf[promisify.custom];
    this.global.setTimeout = setTimeout;
    this.global.clearTimeout = (timer) => {
      pending.delete(timer);
      clearTimeoutOf(timer);
    };
  }

  async teardown() {
    for (const timer of this.pendingTimeouts) timer.unref();
    this.pendingTimeouts.clear();
    await super.teardown();
  }
}

module.exports = VoiceSessionEnvironment;
