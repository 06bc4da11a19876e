// The popup's one-off requests to the page: reveal a claim, show or hide the highlights, store a review, hand over the
// article's text for exports.
import type { Ack, ArticleText, ContentRequest } from "../browser/messages";
import type { PageSession } from "./session";

export async function respond(session: PageSession, request: ContentRequest): Promise<Ack | ArticleText> {
  const state = session.current;
  if (!state) return { status: "error", message: "no highlights in this page" };
  switch (request.type) {
    case "reveal":
      session.reveal(request.claimId);
      return { status: "ok" };
    case "setHighlights":
      session.setHighlights(request.visible);
      return { status: "ok" };
    case "review":
      return (await session.review(request.claimId, request.review))
        ? { status: "ok" }
        : { status: "error", message: "no such claim in this page" };
    case "articleText":
      return { status: "ok", text: state.article.text };
  }
}
