import { NewsArticleElement } from './news-article.js';
import { defineElement } from '../../shared/define.js';

export { NewsArticleElement };
defineElement('news-article', NewsArticleElement);
