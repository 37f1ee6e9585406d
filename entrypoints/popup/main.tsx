import { render } from 'preact';
import '@/lib/i18n/popup';
import { PopupApp } from '@/components/popup/app';
import { primeToday } from '@/lib/state/checklist';
import '@/components/popup/popup.css';

// The list the popup last showed, on its very first render when it is still today's.
primeToday();
render(<PopupApp />, document.getElementById('app')!);
