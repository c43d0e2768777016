"""wire-alerts: diplomatic event alerts from wire stories, on Faust and Kafka."""

__version__ = "0.1.0"
