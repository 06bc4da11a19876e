import { render } from "preact";
import { t } from "../browser/platform";
import { uiLocale } from "../browser/i18n";
import { Options } from "./Options";

document.documentElement.lang = uiLocale();
document.title = t("optionsTitle");
render(<Options />, document.body);
