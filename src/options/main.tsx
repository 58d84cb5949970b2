/** Entry of the options page. */
import { render } from 'preact';
import { applyPageLanguage } from '../platform/i18n';
import { App } from './App';
import './options.css';

applyPageLanguage(document.documentElement);
render(<App />, document.getElementById('app')!);
