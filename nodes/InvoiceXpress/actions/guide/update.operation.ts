import { update as build } from '../document';
import { GUIDES } from './family';
import { withGuideDates } from './simplify';

export const { description, execute } = withGuideDates(build(GUIDES));
