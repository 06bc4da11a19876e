// What Anonymark keeps on this device, for the reader to delete: the reviews of one article, or everything (reviews,
// history, settings, automatic sites). Each deletion asks first, in the page, and says when it failed.
import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../browser/platform";
import { eraseEverything } from "../browser/storage/erase";
import { deleteArticleReviews, loadReviewedArticles, type ReviewedArticleSummary } from "../browser/storage/reviews";

type Announce = (message: string) => void;

/** Runs a deletion, and announces that it was done or why it failed. */
async function deleting(run: () => Promise<void>, done: string, announce: Announce): Promise<void> {
  try {
    await run();
    announce(done);
  } catch (error) {
    announce(t("optionsDeleteFailed", error instanceof Error ? error.message : String(error)));
  }
}

/** The question before a deletion; Cancel has the focus, so that a second key press deletes nothing. */
function Confirm({ question, onConfirm, onCancel }: { question: string; onConfirm: () => void; onCancel: () => void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <p class="confirm" data-testid="confirm">
      {question}{" "}
      <button type="button" data-testid="confirm-delete" onClick={onConfirm}>
        {t("optionsConfirm")}
      </button>{" "}
      <button type="button" ref={cancel} onClick={onCancel}>
        {t("optionsCancel")}
      </button>
    </p>
  );
}

export function StoredReviews({ announce }: { announce: Announce }) {
  const [articles, setArticles] = useState<ReviewedArticleSummary[] | null>(null);
  const [asking, setAsking] = useState<ReviewedArticleSummary | null>(null);
  const reload = () => loadReviewedArticles().then(setArticles);
  useEffect(() => void reload(), []);
  const remove = async (article: ReviewedArticleSummary) => {
    setAsking(null);
    await deleting(() => deleteArticleReviews(article.url), t("optionsReviewsDeleted"), announce);
    await reload();
  };
  const name = (article: ReviewedArticleSummary) => article.title || article.url;
  return (
    <section data-testid="reviews">
      <h2>{t("optionsReviews")}</h2>
      <p class="note">{t("optionsReviewsNote")}</p>
      {articles?.length === 0 && <p>{t("optionsReviewsEmpty")}</p>}
      {articles && articles.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("optionsPage")}</th>
              <th scope="col">{t("optionsReviewCount")}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.url} data-testid="reviewed-article">
                <th scope="row">
                  <a href={article.url} target="_blank" rel="noreferrer">
                    {name(article)}
                  </a>
                </th>
                <td>{article.reviews}</td>
                <td>
                  <button
                    type="button"
                    class="link"
                    aria-label={t("optionsDeleteReviewsOf", name(article))}
                    onClick={() => setAsking(article)}
                  >
                    {t("optionsDeleteReviews")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {asking && (
        <Confirm
          question={t("optionsConfirmDeleteReviews", name(asking))}
          onConfirm={() => void remove(asking)}
          onCancel={() => setAsking(null)}
        />
      )}
    </section>
  );
}

/** onErased: what the page shows is read again from storage, now empty. */
export function EraseEverything({ announce, onErased }: { announce: Announce; onErased: () => void }) {
  const [asking, setAsking] = useState(false);
  const erase = async () => {
    setAsking(false);
    await deleting(eraseEverything, t("optionsErasedAll"), announce);
    onErased();
  };
  return (
    <section data-testid="erase-all">
      <h2>{t("optionsEraseAll")}</h2>
      <p class="note">{t("optionsEraseAllNote")}</p>
      {asking ? (
        <Confirm question={t("optionsConfirmEraseAll")} onConfirm={() => void erase()} onCancel={() => setAsking(false)} />
      ) : (
        <button type="button" data-testid="erase-everything" onClick={() => setAsking(true)}>
          {t("optionsEraseAll")}
        </button>
      )}
    </section>
  );
}
