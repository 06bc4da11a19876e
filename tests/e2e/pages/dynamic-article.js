// What a single-page app does to its article, for the tests to call: move to another article without loading a page
// (history.pushState), and render the article again (a framework replacing its nodes with identical new ones).
window.showNextArticle = () => {
  history.pushState(null, "", "?article=next");
  document.querySelector("article").replaceWith(document.getElementById("next-article").content.cloneNode(true));
};
window.renderAgain = () => {
  const article = document.querySelector("article");
  article.replaceWith(article.cloneNode(true));
};
