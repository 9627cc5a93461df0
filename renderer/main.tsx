import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles/theme.css';
import './styles/app.css';
import './styles/canvas.css';
import './styles/marks.css';
import './styles/card-marks.css';
import './styles/shell.css';
import { App } from './App';
import { applyTheme } from './state/ui';

applyTheme();
// Both faces load now, while the workshop is fetched: a face first met while the blueprint renders
// would arrive after the first layout and lay every card out again.
void document.fonts.load('400 12px "DejaVu Sans"');
void document.fonts.load('700 12px "DejaVu Sans"');
const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>);
