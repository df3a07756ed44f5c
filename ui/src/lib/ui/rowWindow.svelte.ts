// Which rows of a long table are drawn: those on screen and a few either side. Every row is one line of one height,
// so a row's place is its index times that height, and a table of 100,000 rows costs what a screenful does, whatever
// its count. (A general virtual list measures each row instead: it walked all 100,000 each time a keystroke changed
// the count, 2-10 ms of the keystroke.)

export type RowWindow = ReturnType<typeof rowWindow>;

/** Rows of `rowHeight` pixels, `overscan` of them drawn beyond each edge of the screen so that scrolling finds them
 * drawn. */
export function rowWindow(rowHeight: number, overscan: number) {
  let count = $state(0);
  let top = $state(0);
  // Before the first layout (and in tests without one) a screenful is shown.
  let height = $state(600);
  const first = $derived(Math.min(count, Math.max(0, Math.floor(top / rowHeight) - overscan)));
  const end = $derived(Math.min(count, Math.ceil((top + height) / rowHeight) + overscan));
  const indices = $derived(Array.from({ length: Math.max(0, end - first) }, (_, i) => first + i));

  return {
    /** Rows in the table. */
    get count() {
      return count;
    },
    set count(n: number) {
      count = n;
    },
    /** The first row drawn. */
    get first() {
      return first;
    },
    /** One past the last row drawn. */
    get end() {
      return end;
    },
    /** The indices of the rows drawn, in order. */
    get indices() {
      return indices;
    },
    /** The room the rows above those drawn take, and below. */
    get before() {
      return first * rowHeight;
    },
    get after() {
      return Math.max(0, count - end) * rowHeight;
    },

    /** Follows `element`'s scrolling and height; returns what stops following them. */
    follow(element: HTMLElement): () => void {
      const scrolled = () => (top = element.scrollTop);
      // A new element (the table drawn again after it was empty) starts where it is, not where the last one was.
      scrolled();
      element.addEventListener('scroll', scrolled, { passive: true });
      const resized =
        typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(([e]) => (height = e.contentRect.height));
      resized?.observe(element);
      return () => {
        element.removeEventListener('scroll', scrolled);
        resized?.disconnect();
      };
    },

    /** Back to the first row: `element` is scrolled there, and the first rows are drawn at once, not after its scroll
     * event. Asked of what the window knows: reading the element's own scroll would lay out the page first. */
    toTop(element: HTMLElement | undefined) {
      if (!element || top === 0) return;
      element.scrollTop = 0;
      top = 0;
    },
  };
}
