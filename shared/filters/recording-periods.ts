/**
 * The Call recorder's periods, as its form lists them (a module without the schema, for the
 * form's first view). `recent`: the whole retention window up to now (the page opens on it:
 * newest calls first, at any hour).
 */
export const recordingPeriods = ["recent", "hour1", "hours3", "hours6", "hours12", "sinceMidnight", "custom"] as const;
export type RecordingPeriod = (typeof recordingPeriods)[number];
