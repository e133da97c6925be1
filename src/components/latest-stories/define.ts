import { LatestStoriesElement } from './latest-stories.js';
import { defineElement } from '../../shared/define.js';
// Authors' card templates use `<story-date data-field="date">`: registering <latest-stories> registers it too.
import '../story-date/define.js';

export { LatestStoriesElement };
defineElement('latest-stories', LatestStoriesElement);
