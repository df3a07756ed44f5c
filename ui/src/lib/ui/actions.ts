// Svelte actions shared by the views.

/** Focuses an element as it appears: the safe choice of an inline confirmation ("Keep"), so Enter does no harm. */
export function focusOnMount(node: HTMLElement) {
  node.focus();
}
