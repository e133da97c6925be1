import { StoryDateElement } from './story-date.js';
import { defineElement } from '../../shared/define.js';

export { StoryDateElement };
defineElement('story-date', StoryDateElement);
