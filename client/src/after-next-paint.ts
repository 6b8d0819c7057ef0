/**
 * Runs `callback` in a task after the next paint, so that what the page shows first is painted
 * before the rest is built (a long first drawing split in two: a phone shows the first part
 * sooner, and no one task blocks for the whole). A hidden tab gets no frame: the timer runs it
 * there. It runs once, whichever comes first.
 */
export function afterNextPaint(callback: () => void) {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    callback();
  };
  requestAnimationFrame(() => setTimeout(run));
  setTimeout(run, 250);
}
