package meridian.domain.pricing;

/** How a barrier is watched: all the time, at each close of the calendar, or only at expiry. */
public enum Observation { CONTINUOUS, DAILY, EXPIRY }
