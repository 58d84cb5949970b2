/** Entry of the toolbar popup. */
import { render } from 'preact';
import { applyPageLanguage } from '../platform/i18n';
import { Popup } from './Popup';
import './popup.css';

applyPageLanguage(document.documentElement);
render(<Popup />, document.getElementById('app')!);
