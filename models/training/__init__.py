"""Sockscope GAN-face classifier: training, evaluation, export and quantisation (one module per stage)."""
