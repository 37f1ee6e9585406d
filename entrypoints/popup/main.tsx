import { render } from 'preact';
import { PopupApp } from '@/components/popup/app';
import '@/components/ui/base.css';
import '@/components/popup/popup.css';

render(<PopupApp />, document.getElementById('app')!);
