// The popup's own analyser: Readability and the detector are loaded when a page is read, not with the popup. A module
// of its own, so that the background, which drives the same exchange with the page, does not carry them too.
import type { Analyzer, SelectionAnalyzer } from "../browser/tab";

export const analyzeInPopup: Analyzer = async (html, url, includeVague) => {
  // Let the popup show "analysing" before the long synchronous parse starts.
  await nextFrame();
  const { analyzeSnapshot } = await import("../dom/analyze");
  return analyzeSnapshot(html, url, includeVague);
};

export const analyzeSelectionInPopup: SelectionAnalyzer = async (selection, includeVague) => {
  const { analyzeSelection } = await import("../dom/analyze");
  return analyzeSelection(selection, includeVague);
};

/** After the next paint; a popup opened as a background tab (tests) paints no frames, hence the time limit. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}
