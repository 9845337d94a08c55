export default defineBackground(() => {
  // Filled by the tab-state issue: claims per tab, badge.
});
