/** The days of the week as links and `portal report` write them, Sunday (0) first. */
export const weekdayCodes = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
