/** The page's one IntersectionObserver, reporting what a test says came into view or left it. */
export class HandDriven {
  /** The observer the code under test created last. */
  static last: HandDriven | null = null;
  readonly observed = new Set<Element>();
  constructor(readonly callback: IntersectionObserverCallback) {
    HandDriven.last = this;
  }
  observe(target: Element) {
    this.observed.add(target);
  }
  unobserve(target: Element) {
    this.observed.delete(target);
  }
  disconnect() {
    this.observed.clear();
  }
}
