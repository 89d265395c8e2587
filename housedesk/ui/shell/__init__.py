"""The application shell: start-up, the main window, its screens list, safety dialogs."""
