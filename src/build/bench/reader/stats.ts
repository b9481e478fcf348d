export const quantile = (xs: number[], q: number): number =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)]!;
export const median = (xs: number[]): number => quantile(xs, 0.5);
