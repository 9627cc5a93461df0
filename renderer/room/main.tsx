import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/theme.css';
import '../styles/app.css';
import '../styles/canvas.css';
import '../components/components.css';
import './room.css';
import { applyTheme } from '../state/ui';
import { RoomApp } from './RoomApp';

// The participants' page of a room (room.html; docs/room.md). It follows the device's theme.
applyTheme();
const root = document.getElementById('root');
if (root) createRoot(root).render(<StrictMode><RoomApp /></StrictMode>);
