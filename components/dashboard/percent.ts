/** 0.75 → "75%" (whole percent; the dashboards show shares, not measurements). */
export const formatPercent = (share: number) => `${Math.round(share * 100)}%`;
