/** A lane of a large view lists this many elements at a time: thousands of tree items would stop the page answering. */
export const OUTLINE_PAGE = 100;
/** Views up to this size list every element at once. */
export const OUTLINE_ALL = 300;
