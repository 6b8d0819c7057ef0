import { createSignal, type JSX, onCleanup, Show } from "solid-js";

/**
 * Its children once its place comes within `margin` pixels of the screen, `fallback` (a
 * placeholder of their shape) until then: what sits below a phone's first screen (Statistics'
 * charts under the 16 figures) is not built, nor its code fetched, while the page loads, and is
 * ready before it is scrolled to. Without IntersectionObserver, the children at once.
 */
export function NearViewport(props: { margin?: number; fallback: JSX.Element; children: JSX.Element }) {
  const [near, setNear] = createSignal(typeof IntersectionObserver === "undefined");
  const watch = (box: HTMLDivElement) => {
    if (near()) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        setNear(true);
        observer.disconnect();
      },
      { rootMargin: `${props.margin ?? 300}px 0px` },
    );
    observer.observe(box);
    onCleanup(() => observer.disconnect());
  };
  return (
    <Show when={near()} fallback={<div ref={watch}>{props.fallback}</div>}>
      {props.children}
    </Show>
  );
}
