"""The Qt user interface: windows, dialogs and item models. The only layer that imports Qt."""
