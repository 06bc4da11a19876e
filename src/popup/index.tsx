import { render } from "preact";
import { t } from "../platform";
import { App } from "./App";
import { uiLocale } from "./text";

document.documentElement.lang = uiLocale();
document.title = t("extensionName");
render(<App search={location.search} />, document.body);
