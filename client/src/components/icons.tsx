import type { JSX } from "solid-js";

/** Line icons drawn for the portal (24 × 24, `currentColor`), decorative unless labelled. */
type IconProps = JSX.SvgSVGAttributes<SVGSVGElement>;

function Icon(props: IconProps & { children: JSX.Element }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="24"
      height="24"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      {...props}
    >
      {props.children}
    </svg>
  );
}

export const RecordingsIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="9" y="2.5" width="6" height="11.5" rx="3" />
    <path d="M5.5 11a6.5 6.5 0 0 0 13 0M12 17.5V21M8.5 21h7" />
  </Icon>
);

export const MessagesIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M4.5 4h15A1.5 1.5 0 0 1 21 5.5v10a1.5 1.5 0 0 1-1.5 1.5H10l-5 4v-4h-.5A1.5 1.5 0 0 1 3 15.5v-10A1.5 1.5 0 0 1 4.5 4z" />
    <path d="M7.5 8.5h9M7.5 12.5h6" />
  </Icon>
);

export const AccountIcon = (p: IconProps) => (
  <Icon {...p}>
    <rect x="2.5" y="4.5" width="19" height="15" rx="2" />
    <circle cx="8.5" cy="10.5" r="2.2" />
    <path d="M5 16.5c.7-1.7 2-2.6 3.5-2.6s2.8.9 3.5 2.6M14.5 9.5h4M14.5 13h3" />
  </Icon>
);

export const BillingIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M5.5 2.5h13v19l-2.2-1.5-2.1 1.5-2.2-1.5-2.2 1.5-2.1-1.5-2.2 1.5z" />
    <path d="M9 7.5h6M9 11.5h6M9 15.5h3.5" />
  </Icon>
);

export const BillableIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M5.2 3h3l1.8 4.6-2.3 1.5a11 11 0 0 0 5.2 5.2l1.5-2.3 4.6 1.8v3a2 2 0 0 1-2.1 2A15.5 15.5 0 0 1 3.2 5.1 2 2 0 0 1 5.2 3z" />
    <path d="M18 3v7M20 4.5h-2.6a1.2 1.2 0 0 0 0 2.4h1.2a1.2 1.2 0 0 1 0 2.4H16" />
  </Icon>
);

export const StatisticsIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M3 20.5h18" />
    <rect x="5" y="11" width="3.2" height="6.5" rx=".6" />
    <rect x="10.4" y="5" width="3.2" height="12.5" rx=".6" />
    <rect x="15.8" y="8.5" width="3.2" height="9" rx=".6" />
  </Icon>
);

export const HomeIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M3.5 11 12 4l8.5 7M6 9.5V20h4.5v-5.5h3V20H18V9.5" />
  </Icon>
);

export const SignOutIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M14 4.5h4a1.5 1.5 0 0 1 1.5 1.5v12a1.5 1.5 0 0 1-1.5 1.5h-4M9.5 8l-4 4 4 4M5.5 12H15" />
  </Icon>
);

export const KeyIcon = (p: IconProps) => (
  <Icon {...p}>
    <circle cx="8" cy="14" r="4" />
    <path d="M11 11l8.5-8.5M16.5 5.5l2.5 2.5M14.5 7.5l2 2" />
  </Icon>
);

export const ChevronIcon = (p: IconProps) => (
  <Icon {...p}>
    <path d="M9 6l6 6-6 6" />
  </Icon>
);

/** The portal's mark: a headset in a rounded square (the app icon's design). */
export function BrandMark(props: { size?: number }) {
  return (
    <svg
      viewBox="0 0 64 64"
      width={props.size ?? 40}
      height={props.size ?? 40}
      aria-hidden="true"
      class="brand-mark"
    >
      <rect width="64" height="64" rx="14" fill="#0b4a63" />
      <path d="M0 40 64 8v42a14 14 0 0 1-14 14H14A14 14 0 0 1 0 50z" fill="#12707f" />
      <g fill="none" stroke="#fff" stroke-width="4.5" stroke-linecap="round">
        <path d="M16 36V31a16 16 0 0 1 32 0v5" />
        <path d="M46 45c0 5-4 8-11 8" />
      </g>
      <g fill="#fff">
        <rect x="11" y="32" width="10" height="15" rx="4" />
        <rect x="43" y="32" width="10" height="15" rx="4" />
        <rect x="29" y="49.5" width="8" height="6" rx="3" />
      </g>
    </svg>
  );
}
