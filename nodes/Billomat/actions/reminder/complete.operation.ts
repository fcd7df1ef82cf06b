import { complete } from '../document';
import { REMINDER } from './family';

export const { description, execute } = complete(REMINDER);
