import { render } from 'preact';
import '@/lib/i18n/popup';
import { PopupApp } from '@/components/popup/app';
import '@/components/popup/popup.css';

render(<PopupApp />, document.getElementById('app')!);
