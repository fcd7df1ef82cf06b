import { complete } from '../document';
import { CREDIT_NOTE } from './family';

export const { description, execute } = complete(CREDIT_NOTE);
