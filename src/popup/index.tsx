import { render } from "preact";
import { t } from "../browser/platform";
import { App } from "./App";
import { uiLocale } from "../browser/i18n";

document.documentElement.lang = uiLocale();
document.title = t("extensionName");
render(<App search={location.search} />, document.body);
