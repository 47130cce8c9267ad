import pino, { type Logger } from "pino";

export type { Logger };

/**
 * Structured JSON logs. Message text and names never go in: features log ids, verbs and counts.
 * The redaction is a safety net in case an object with such fields is logged by mistake.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: "implementeringsguiden" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          "text",
          "*.text",
          "name",
          "*.name",
          "activity",
          "*.activity",
          "answer",
          "*.answer",
          "key",
          "*.key",
        ],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

/** For tests and tools that must stay quiet. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
