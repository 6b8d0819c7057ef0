import { useLocation } from "@solidjs/router";
import type { JSX } from "solid-js";

/**
 * A link of the portal's navigation (the header, the section bar): marked `is-active` on its
 * page and the pages under it (only its own with `end`), and `aria-current="page"` on its own.
 *
 * A plain `<a>`, as every link of the portal: the router's click handler turns a click on any
 * same-origin `<a>` into a navigation, and its hover or focus into a preload. The router's `<A>`
 * does the same through merged, split and spread props, about 1 ms of a phone's main thread a
 * link: the section bar and the header alone took Lighthouse's blocking time up by about 50 ms,
 * and Messages built 25 of them for its rows.
 */
export function NavLink(props: { href: string; class: string; end?: boolean; title?: string; children: JSX.Element }) {
  const location = useLocation();
  const here = () => location.pathname === props.href;
  const active = () => here() || (!props.end && location.pathname.startsWith(`${props.href}/`));
  return (
    <a href={props.href} class={props.class} classList={{ "is-active": active() }} aria-current={here() ? "page" : undefined} title={props.title}>
      {props.children}
    </a>
  );
}
