/** A phone with a down arrow: what is kept on this device (decorative, 24 × 24, `currentColor`). */
export const DeviceIcon = () => (
  <svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
    <rect x="6" y="2.5" width="12" height="19" rx="2.5" />
    <path d="M12 7.5v7M9 11.5l3 3 3-3M10.5 18.5h3" />
  </svg>
);
