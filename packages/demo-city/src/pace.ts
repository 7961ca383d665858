/**
 * A courier on a bike in town, 18 km/h: the pace arrival estimates count on, and the one the demo's
 * simulated ride goes at, so what the customer is told and what they watch agree.
 */
export const courierMetresPerSecond = 5;
