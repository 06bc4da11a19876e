import { render } from "preact";
import { t } from "../platform";
import { uiLocale } from "../popup/text";
import { Options } from "./Options";

document.documentElement.lang = uiLocale();
document.title = t("optionsTitle");
render(<Options />, document.body);
