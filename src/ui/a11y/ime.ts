/**
 * True while an input method is composing (Korean, Japanese, Chinese): the key belongs to the IME, not to us.
 * Chromium reports keyCode 229 for the key that ends a composition, sometimes after isComposing is already false.
 */
export function isComposing(event: { nativeEvent?: KeyboardEvent; isComposing?: boolean; keyCode?: number }): boolean {
  const native = event.nativeEvent ?? event;
  return Boolean(native.isComposing) || native.keyCode === 229;
}
